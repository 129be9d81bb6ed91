using DocumentFormat.OpenXml.Wordprocessing;

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

    public void Handle(FieldChar fieldChar)
    {
        var type = fieldChar.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            _inResult.Push(false);
            _inInstructions++;
        }
        else if (type == FieldCharValues.Separate)
        {
            if (_inResult.TryPeek(out var inResult) && !inResult)
            {
                _inResult.Pop();
                _inResult.Push(true);
                _inInstructions--;
            }
        }
        else if (type == FieldCharValues.End && _inResult.TryPop(out var wasInResult) && !wasInResult)
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
