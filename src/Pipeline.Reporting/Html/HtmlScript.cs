namespace Pipeline.Reporting.Html;

/// <summary>
/// The pages' only script: a click (or Enter) on a cell opens its answers in a dialog. The answers are already in
/// the page as inert, encoded &lt;template&gt; content, so the script copies nodes and never builds markup from text.
/// </summary>
internal static class HtmlScript
{
    public const string Js = """
        (function () {
          'use strict';
          var dialog = document.getElementById('detail');
          var body = document.getElementById('detail-body');
          function open(cell) {
            var source = document.getElementById(cell.getAttribute('data-detail'));
            if (!source || !dialog) { return; }
            body.replaceChildren(source.content.cloneNode(true));
            if (typeof dialog.showModal === 'function') { dialog.showModal(); } else { dialog.setAttribute('open', ''); }
          }
          document.addEventListener('click', function (e) {
            var cell = e.target.closest ? e.target.closest('[data-detail]') : null;
            if (cell) { open(cell); } else if (e.target === dialog) { dialog.close(); }
          });
          document.addEventListener('keydown', function (e) {
            if ((e.key === 'Enter' || e.key === ' ') && e.target.matches && e.target.matches('[data-detail]')) {
              e.preventDefault();
              open(e.target);
            }
          });
          document.body.setAttribute('data-ready', 'true');
        })();
        """;
}
