namespace Pipeline.DemoCorpus.Model;

/// <summary>Page design of one reply: font, running header and footer, columns.</summary>
/// <param name="Font">Body font family as a Word document names it ("Arial", "Times New Roman").</param>
/// <param name="Size">Body font size in points.</param>
/// <param name="Header">Running header text, on every page but the first when <paramref name="FirstPageDifferent"/>.</param>
/// <param name="Footer">Footer text; page numbers follow when <paramref name="PageNumbers"/> is set.</param>
/// <param name="PageNumbers">"Page N of M" in the footer.</param>
/// <param name="Columns">Columns of the body after a <see cref="BlockKind.Columns"/> block.</param>
/// <param name="FirstPageDifferent">First page (with the letterhead) carries no running header.</param>
internal sealed record PageSetup(string Font, double Size, string? Header, string? Footer, bool PageNumbers, int Columns, bool FirstPageDifferent);
