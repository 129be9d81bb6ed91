using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Pipeline.Core.Errors;

namespace Pipeline.Embeddings.MiniLm;

/// <summary>
/// Reads resources embedded in a .NET assembly file straight from the file, without loading the assembly as code (its
/// wrapper code and that code's dependencies are not wanted, and a loaded 91 MB image would stay mapped for good).
/// </summary>
internal sealed class ManifestResources
{
    private readonly Dictionary<string, (long Offset, int Length)> _resources;

    private ManifestResources(string path, Version assemblyVersion, Dictionary<string, (long Offset, int Length)> resources)
    {
        Path = path;
        AssemblyVersion = assemblyVersion;
        _resources = resources;
    }

    public string Path { get; }

    public Version AssemblyVersion { get; }

    /// <exception cref="PipelineException">The file is missing (<see cref="ErrorCode.IoError"/>) or not an assembly (<see cref="ErrorCode.Damaged"/>).</exception>
    public static ManifestResources Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new PipelineException(ErrorCode.IoError, path, "the sentence encoder's model package is missing (it is copied next to every program that references Pipeline.Embeddings)");
        }

        try
        {
            using var stream = File.OpenRead(path);
            var starts = new List<(string Name, long At)>();
            Version version;
            using (var pe = new PEReader(stream, PEStreamOptions.LeaveOpen))
            {
                var metadata = pe.GetMetadataReader();
                version = metadata.GetAssemblyDefinition().Version;
                var directory = pe.PEHeaders.CorHeader?.ResourcesDirectory
                    ?? throw new BadImageFormatException("no CLI header");
                if (directory.Size > 0 && pe.PEHeaders.TryGetDirectoryOffset(directory, out var directoryOffset))
                {
                    foreach (var handle in metadata.ManifestResources)
                    {
                        var resource = metadata.GetManifestResource(handle);
                        if (resource.Implementation.IsNil) // else it lives in another file
                        {
                            starts.Add((metadata.GetString(resource.Name), directoryOffset + resource.Offset));
                        }
                    }
                }
            }

            // ECMA-335 II.24.2.4: each resource is a 4-byte little-endian length followed by its bytes.
            var resources = new Dictionary<string, (long, int)>(StringComparer.Ordinal);
            Span<byte> prefix = stackalloc byte[4];
            foreach (var (name, at) in starts)
            {
                stream.Position = at;
                stream.ReadExactly(prefix);
                var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
                if (length < 0 || at + 4L + length > stream.Length)
                {
                    throw new BadImageFormatException($"resource {name} runs past the end of the file");
                }

                resources[name] = (at + 4L, length);
            }

            return new ManifestResources(path, version, resources);
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or EndOfStreamException)
        {
            throw new PipelineException(ErrorCode.Damaged, path, $"not a readable .NET assembly: {e.Message}", e);
        }
    }

    /// <exception cref="PipelineException">The resource is not there (<see cref="ErrorCode.Damaged"/>).</exception>
    public byte[] Read(string name)
    {
        if (!_resources.TryGetValue(name, out var location))
        {
            throw new PipelineException(ErrorCode.Damaged, Path, $"the resource {name} is not in the model package");
        }

        var bytes = GC.AllocateUninitializedArray<byte>(location.Length);
        using var handle = File.OpenHandle(Path);
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), location.Offset + read);
            if (n == 0)
            {
                throw new PipelineException(ErrorCode.Truncated, Path, $"the resource {name} is cut off");
            }

            read += n;
        }

        return bytes;
    }
}
