namespace Pipeline.TextReuse;

/// <summary>
/// Undoes a merge of paragraphs before two versions are aligned: a paragraph that holds a whole paragraph of the other
/// version word for word, between sentences, is cut around it when each piece has a counterpart there (two paragraphs
/// extracted as one, or joined by the author, are then each compared with their own).
/// </summary>
internal static class ParagraphPieces
{
    /// <summary>A piece shorter than a sentence (in words) cuts nothing.</summary>
    private const int ShortestPiece = 6;

    /// <returns>Each paragraph's pieces in order, with the index of the paragraph they come from.</returns>
    public static List<(int Source, string Text)> Cut(IReadOnlyList<string> paragraphs, IReadOnlyList<string> other)
    {
        var otherKeys = other.Select(Words.KeysWithoutLabel).Select(k => (Keys: k, Shingles: Shingles.Of(k))).ToList();
        var wanted = otherKeys.Select(o => o.Keys).Where(k => k.Length >= ShortestPiece).ToList();
        var pieces = new List<(int Source, string Text)>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var words = Words.Of(paragraphs[i]);
            var wordKeys = words.Select(w => w.Key).ToArray();
            var cuts = new SortedSet<int>();
            foreach (var keys in wanted.Where(k => k.Length < words.Length))
            {
                var at = WordRuns.IndexOf(wordKeys, keys);
                if (at >= 0 && EndsSentence(words, at - 1) && EndsSentence(words, at + keys.Length - 1))
                {
                    cuts.Add(at);
                    cuts.Add(at + keys.Length);
                }
            }

            cuts.Remove(0);
            cuts.Remove(words.Length);
            if (cuts.Count == 0)
            {
                pieces.Add((i, paragraphs[i]));
                continue;
            }

            var cutInto = new List<string>();
            var start = 0;
            foreach (var cut in cuts.Append(words.Length))
            {
                var piece = string.Join(' ', words.Skip(start).Take(cut - start).Select(w => w.Text));

                // A question label before the paragraph it cut out stays with it.
                if (cut < words.Length && Words.IsLabel(piece))
                {
                    continue;
                }

                cutInto.Add(piece);
                start = cut;
            }

            // Merged paragraphs each have a counterpart; a paragraph with a sentence added is one paragraph edited.
            var merged = cutInto.All(piece => HasCounterpart(piece, otherKeys));
            pieces.AddRange(merged ? cutInto.Select(piece => (i, piece)) : [(i, paragraphs[i])]);
        }

        return pieces;
    }

    private static bool HasCounterpart(string piece, List<(string[] Keys, HashSet<ulong> Shingles)> other)
    {
        var keys = Words.KeysWithoutLabel(piece);
        var shingles = Shingles.Of(keys);
        return other.Any(o => ParagraphAlignment.IsEdit(Shingles.Jaccard(shingles, o.Shingles), keys, o.Keys));
    }

    // Before the first word and after the last one count as sentence ends.
    private static bool EndsSentence(IReadOnlyList<Word> words, int index) =>
        index < 0 || index >= words.Count - 1 || words[index].Text.TrimEnd('"', '\'', ')', '”', '’', '»') is [.., '.' or '!' or '?' or ':' or ';'];
}
