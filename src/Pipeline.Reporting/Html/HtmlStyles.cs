using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Html;

/// <summary>The pages' stylesheet; status colours come from <see cref="StatusStyles"/> so every format agrees.</summary>
internal static class HtmlStyles
{
    public static string Css { get; } = Base + string.Concat(StatusStyles.All.Select(s => $".{s.CssClass}{{background:{s.Colour}}}\n"));

    private const string Base = """

        :root{--ink:#212529;--muted:#5c636a;--line:#ced4da;--paper:#fff;--soft:#f8f9fa;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink)}
        body{margin:0 auto;padding:24px 32px 64px;max-width:1400px;line-height:1.45;background:var(--paper)}
        h1{font-size:1.6rem;margin:0 0 .25rem}
        h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
        h3{font-size:1.05rem;margin:1.5rem 0 .4rem}
        .meta{color:var(--muted);margin:.2rem 0}
        .lead{font-size:1.3rem;margin:.5rem 0}
        .note{color:var(--muted);font-size:.9rem}
        .scroll{overflow-x:auto;max-width:100%}
        table{border-collapse:collapse}
        th,td{border:1px solid var(--line);padding:4px 6px;vertical-align:top}
        thead th{background:var(--soft);position:sticky;top:0;font-size:.85rem}
        th[scope=row]{text-align:left;background:var(--soft);white-space:nowrap;font-weight:600}
        th[scope=row] small{display:block;font-weight:400;color:var(--muted)}
        thead th small{display:block;font-weight:400;color:var(--muted);max-width:9em}
        caption{text-align:left;padding:.2rem 0}
        .matrix td.cell{min-width:3.2em;text-align:center;vertical-align:middle;font-weight:700;font-size:.85rem}
        .matrix td[data-detail]{cursor:pointer}
        .matrix td[data-detail]:hover,.matrix td[data-detail]:focus{outline:3px solid #1c7ed6;outline-offset:-3px}
        .coverage thead th{font-size:.75rem}
        .coverage th[scope=row]{white-space:normal;min-width:9em}
        .coverage td.cell{min-width:2em}
        .cov-0{background:#fff;color:#adb5bd}.cov-1{background:#d0ebff}.cov-2{background:#74c0fc}.cov-3{background:#1c7ed6;color:#fff}
        .legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;list-style:none;padding:0;margin:.5rem 0}
        .legend li{display:flex;align-items:center;gap:.35rem;font-size:.9rem}
        .badge{display:inline-block;min-width:2.1em;padding:1px 5px;border-radius:4px;text-align:center;font-weight:700;font-size:.8rem;border:1px solid rgba(0,0,0,.15)}
        blockquote.answer{margin:.3rem 0;padding:.4rem .7rem;border-left:4px solid var(--line);background:var(--soft);white-space:pre-wrap}
        .source{color:var(--muted);font-size:.85rem;margin:.1rem 0 .8rem}
        .missing,.reason{color:#862e9c}
        .review{color:#c92a2a}
        td[data-review]::after{content:"⚑";color:#c92a2a;margin-left:.15em}
        .corrected{color:#2b8a3e}td[data-corrected]::after{content:"✎";color:#2b8a3e;margin-left:.15em}
        .findings li{margin:.3rem 0}
        .companies table{width:100%;table-layout:fixed}
        .companies col.q{width:13em}.companies col.s{width:10.5em}
        .companies td.q{font-weight:600}.companies td.q small{font-weight:400;color:var(--muted)}
        .companies td.s{white-space:nowrap}
        .kind{display:inline-block;padding:1px 6px;border-radius:4px;font-weight:700;font-size:.8rem;color:#fff}
        .kind-commitment{background:#1c7ed6}.kind-claim{background:#868e96}.kind-refusal{background:#e03131}
        .ledger table{width:100%;table-layout:fixed}.ledger td:first-child{width:8em}.ledger td:nth-child(3){width:9em}
        .names{columns:3 16em;padding-left:1.2rem}
        figure{margin:1rem 0}
        figcaption{color:var(--muted);font-size:.9rem}
        svg text{font-family:inherit;fill:var(--ink)}
        dialog{max-width:min(900px,92vw);max-height:85vh;overflow:auto;border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem}
        dialog::backdrop{background:rgba(0,0,0,.35)}
        dialog .close{float:right;font-size:1.4rem;border:0;background:none;cursor:pointer}
        @media print{dialog,.noprint{display:none}thead th{position:static}}

        """;
}
