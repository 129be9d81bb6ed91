using System.Text;

namespace Pipeline.Extraction.Text;

/// <summary>
/// Accumulates one block's text and, alongside, its leading bold text (the run-in, e.g. "Question 2(b):"): bold
/// pieces and whitespace extend the run-in until the first non-bold text closes it. Not thread-safe.
/// </summary>
internal sealed class RunInText
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _runIn = new();
    private bool _runInOpen = true;

    public void Append(string text, bool bold)
    {
        if (text.Length == 0)
        {
            return;
        }

        _text.Append(text);
        if (!_runInOpen)
        {
            return;
        }

        if (bold || string.IsNullOrWhiteSpace(text))
        {
            _runIn.Append(text);
        }
        else
        {
            _runInOpen = false;
        }
    }

    /// <summary>The normalised text and run-in (null when none) so far, and a fresh start for the next block.</summary>
    public (string Text, string? RunIn) Take()
    {
        var text = TextNormalizer.Normalize(_text.ToString());
        var runIn = TextNormalizer.Normalize(_runIn.ToString());
        _text.Clear();
        _runIn.Clear();
        _runInOpen = true;
        return (text, runIn.Length == 0 ? null : runIn);
    }
}
