using Pipeline.Core.Errors;
using Pipeline.Embeddings.MiniLm;

namespace Pipeline.Embeddings.Tests.Package;

/// <summary>The model and vocabulary come out of the NuGet package's DLL, which the build puts next to the program.</summary>
public sealed class ModelPackageTests
{
    [Fact]
    public void Package_IsCopiedNextToTheProgram_WithModelAndVocabulary()
    {
        // Given the test program's folder
        // When the package is opened from its default place
        var package = MiniLmPackage.Open(null);

        // Then it is there, of the expected version, and holds the ONNX model and a 30,522-entry vocabulary
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, MiniLmPackage.FileName), package.Path);
        Assert.Equal("24.9.52193", package.Version);
        var model = package.ReadModel();
        Assert.Equal(90_893_304, model.Length);
        Assert.Equal(0x08, model[0]); // protobuf field 1 (ir_version) of an ONNX ModelProto
        var vocabulary = package.ReadVocabulary().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(30_522, vocabulary.Length);
        Assert.Equal("[CLS]", vocabulary[101].TrimEnd('\r'));
    }

    [Fact]
    public void MissingPackage_IsATypedError()
    {
        // Given a path where no package is
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}", MiniLmPackage.FileName);

        // When an encoder is built from it
        var error = Assert.Throws<PipelineException>(() => MiniLmEncoder.Create(new SentenceEncoderOptions { ModelPackagePath = path }));

        // Then the error names the file and says it is missing
        Assert.Equal(ErrorCode.IoError, error.Code);
        Assert.Equal(path, error.Path);
        Assert.Contains("missing", error.Reason);
    }

    [Fact]
    public void FileThatIsNotAnAssembly_IsATypedError()
    {
        // Given a file of that name that is not an assembly
        var folder = Directory.CreateTempSubdirectory("pipeline-embeddings-");
        try
        {
            var path = Path.Combine(folder.FullName, MiniLmPackage.FileName);
            File.WriteAllText(path, "not a DLL");

            // When an encoder is built from it
            var error = Assert.Throws<PipelineException>(() => MiniLmEncoder.Create(new SentenceEncoderOptions { ModelPackagePath = path }));

            // Then it is reported as damaged
            Assert.Equal(ErrorCode.Damaged, error.Code);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AssemblyWithoutTheModel_IsATypedError()
    {
        // Given a real assembly that does not carry the model (this library itself)
        var path = typeof(MiniLmEncoder).Assembly.Location;

        // When an encoder is built from it
        var error = Assert.Throws<PipelineException>(() => MiniLmEncoder.Create(new SentenceEncoderOptions { ModelPackagePath = path }));

        // Then the missing resource is named
        Assert.Equal(ErrorCode.Damaged, error.Code);
        Assert.Contains("vocab.txt", error.Reason);
    }

    [Fact]
    public void Library_ReferencesNeitherTheWrapperNorMlNet()
    {
        // Given the compiled library
        var references = typeof(MiniLmEncoder).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        // Then it uses ONNX Runtime and the tokenizer, and none of the package's wrapper code or ML.NET (which lives in Classification)
        Assert.Contains("Microsoft.ML.OnnxRuntime", references);
        Assert.Contains("FastBertTokenizer", references);
        Assert.DoesNotContain(references, name => name.StartsWith("SentenceTransformers", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name is "Microsoft.ML" or "Microsoft.ML.Core" or "Microsoft.ML.Data");
    }
}
