using System.Collections.Immutable;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Training;

/// <summary>What a metrics file records of a data set: where, its hash, and its size per label.</summary>
public sealed record DataSetSummary(string Folder, string Sha256, int Examples, ImmutableSortedDictionary<Topic, int> ByLabel)
{
    public static DataSetSummary Of(LabelledDataSet data, string folderAsShown) =>
        new(folderAsShown, data.Sha256, data.Examples.Length, data.CountByLabel);
}
