namespace Pipeline.Commitments.Evaluation;

/// <summary>Which part of a labelled file to use: all of it, the training part or the held-out part (<see cref="HeldOutSplit"/>).</summary>
public enum SplitPart
{
    All,
    Train,
    HeldOut,
}
