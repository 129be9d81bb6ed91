using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>
/// Follows complex fields (<c>w:fldChar</c> begin/separate/end, nested) so that only their displayed result is read:
/// text is visible when every open field has passed its separator. A field whose instructions run past the end of
/// a paragraph is malformed (instructions never span paragraphs in Word's output) and is dropped there, so a missing
/// <c>end</c> cannot hide the rest of the document.
/// </summary>
internal sealed class FieldTracker
{
    private readonly Stack<bool> _inResult = new();
    private int _inInstructions;

    public bool IsVisible => _inInstructions == 0;

    public void Handle(WordElement fieldChar)
    {
        var type = fieldChar.Enum(WordAttribute.FieldCharType, "begin", "separate", "end");
        if (type == "begin")
        {
            _inResult.Push(false);
            _inInstructions++;
        }
        else if (type == "separate")
        {
            if (_inResult.TryPeek(out var inResult) && !inResult)
            {
                _inResult.Pop();
                _inResult.Push(true);
                _inInstructions--;
            }
        }
        else if (type == "end" && _inResult.TryPop(out var wasInResult) && !wasInResult)
        {
            _inInstructions--;
        }
    }

    public void EndParagraph()
    {
        if (_inInstructions > 0)
        {
            _inResult.Clear();
            _inInstructions = 0;
        }
    }
}
