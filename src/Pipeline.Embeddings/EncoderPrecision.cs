namespace Pipeline.Embeddings;

/// <summary>How the model's weights are computed with. Part of the model id: vectors of the two are not mixed.</summary>
public enum EncoderPrecision
{
    /// <summary>The model as published, fp32 weights: vectors equal the original model's.</summary>
    Original,

    /// <summary>
    /// The 36 weight matrices of the attention and feed-forward layers quantised to int8 (per output column, symmetric)
    /// when the encoder is built, activations quantised per call (ONNX Runtime's DynamicQuantizeMatMul), each text in a
    /// call of its own so its vector does not depend on other texts: about twice the paragraphs per CPU second; on 1,000
    /// training paragraphs the vectors were within cosine 0.98 of fp32's (median 0.993). Fast on processors with
    /// AVX-512 VNNI or AVX-VNNI, as this project's machines have.
    /// </summary>
    Quantised,
}
