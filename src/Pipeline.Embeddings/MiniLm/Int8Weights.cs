using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace Pipeline.Embeddings.MiniLm;

/// <summary>
/// Dynamic int8 quantisation of an ONNX model's weight matrices, done in memory when the encoder is built (so the
/// package's fp32 model stays the single source): every <c>MatMul</c> whose second input is a constant 2-D float matrix
/// becomes <c>com.microsoft.DynamicQuantizeMatMul</c> over that matrix in int8, one symmetric scale per output column.
/// Deterministic: the same model gives the same bytes.
/// </summary>
internal static class Int8Weights
{
    private const int Float = (int)TensorProto.Types.DataType.Float;
    private const int Int8 = (int)TensorProto.Types.DataType.Int8;

    /// <summary>The rewritten model and how many matrices were quantised.</summary>
    public static (byte[] Model, int Matrices) Quantise(byte[] onnx)
    {
        var model = ModelProto.Parser.ParseFrom(onnx);
        var graph = model.Graph;
        var initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var uses = graph.Node.SelectMany(n => n.Input).GroupBy(name => name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var nodes = new List<NodeProto>(graph.Node.Count);
        var matrices = 0;
        foreach (var node in graph.Node)
        {
            if (node.OpType != "MatMul" || node.Domain.Length > 0
                || !initializers.TryGetValue(node.Input[1], out var weights) || weights.DataType != Float || weights.Dims.Count != 2
                || uses[weights.Name] != 1)
            {
                nodes.Add(node);
                continue;
            }

            var (quantised, scales, zeroPoints) = Quantise(weights);
            graph.Initializer.Remove(weights);
            graph.Initializer.Add(quantised);
            graph.Initializer.Add(scales);
            graph.Initializer.Add(zeroPoints);
            var replacement = new NodeProto { Name = node.Name + "_int8", OpType = "DynamicQuantizeMatMul", Domain = "com.microsoft" };
            replacement.Input.Add(node.Input[0]);
            replacement.Input.Add(quantised.Name);
            replacement.Input.Add(scales.Name);
            replacement.Input.Add(zeroPoints.Name);
            replacement.Output.Add(node.Output[0]);
            nodes.Add(replacement);
            matrices++;
        }

        graph.Node.Clear();
        graph.Node.AddRange(nodes);
        if (!model.OpsetImport.Any(o => o.Domain == "com.microsoft"))
        {
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = "com.microsoft", Version = 1 });
        }

        return (model.ToByteArray(), matrices);
    }

    private static (TensorProto Quantised, TensorProto Scales, TensorProto ZeroPoints) Quantise(TensorProto weights)
    {
        var rows = checked((int)weights.Dims[0]);
        var columns = checked((int)weights.Dims[1]);
        var values = weights.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(weights.RawData.Span).ToArray() : [.. weights.FloatData];
        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                scales[c] = MathF.Max(scales[c], MathF.Abs(values[(r * columns) + c]));
            }
        }

        for (var c = 0; c < columns; c++)
        {
            scales[c] = scales[c] > 0 ? scales[c] / 127f : 1f;
        }

        var quantised = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                quantised[(r * columns) + c] = unchecked((byte)(sbyte)Math.Clamp(MathF.Round(values[(r * columns) + c] / scales[c]), -127f, 127f));
            }
        }

        return (
            Tensor(weights.Name + "_int8", Int8, ByteString.CopyFrom(quantised), rows, columns),
            Tensor(weights.Name + "_scale", Float, ByteString.CopyFrom(MemoryMarshal.AsBytes(scales.AsSpan())), columns),
            Tensor(weights.Name + "_zero_point", Int8, ByteString.CopyFrom(new byte[columns]), columns));
    }

    private static TensorProto Tensor(string name, int dataType, ByteString data, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = dataType, RawData = data };
        tensor.Dims.AddRange(dims);
        return tensor;
    }
}
