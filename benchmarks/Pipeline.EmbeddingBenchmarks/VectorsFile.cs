namespace Pipeline.EmbeddingBenchmarks;

/// <summary>Vectors passed from a measuring process back to the comparison: count, dimensions, then the floats.</summary>
internal static class VectorsFile
{
    public static void Write(string path, float[][] vectors)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(vectors.Length);
        writer.Write(vectors.Length == 0 ? 0 : vectors[0].Length);
        foreach (var vector in vectors)
        {
            foreach (var x in vector)
            {
                writer.Write(x);
            }
        }
    }

    public static float[][] Read(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
        {
            vectors[i] = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vectors[i][d] = reader.ReadSingle();
            }
        }

        return vectors;
    }
}
