using System.IO.Packaging;
using Pipeline.Core.Errors;
using Pipeline.Extraction.Word.Xml;

namespace Pipeline.Extraction.Word;

/// <summary>
/// A WordprocessingML package opened with System.IO.Packaging (the OPC layer the OpenXml SDK itself uses): the main
/// document part and the parts it relates to, found by relationship type or id, transitional or strict. Parts are read
/// into <see cref="PartTree"/>s only when asked for. Not thread-safe.
/// </summary>
internal sealed class WordPackage : IDisposable
{
    private const string Transitional = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Strict = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

    private static readonly Uri PackageRoot = new("/", UriKind.Relative);

    private readonly Package _package;
    private readonly PackagePart _main;
    private readonly List<PartTree> _trees = [];

    private WordPackage(Package package, PackagePart main)
    {
        _package = package;
        _main = main;
    }

    /// <summary>
    /// Opens the package, refusing it as the OpenXml SDK did: no main document part is <see cref="ErrorCode.Damaged"/>;
    /// a relationship to a part that is not there throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public static WordPackage Open(Stream stream, string path)
    {
        var package = Package.Open(stream, FileMode.Open, FileAccess.Read);
        try
        {
            CheckTargets(package, PackageRoot, package.GetRelationships(), []);
            var main = RelatedParts(package, PackageRoot, package.GetRelationships(), "officeDocument").FirstOrDefault()
                ?? throw new PipelineException(ErrorCode.Damaged, path, "the package has no main document part (word/document.xml)");
            return new WordPackage(package, main);
        }
        catch
        {
            package.Close();
            throw;
        }
    }

    public PackageProperties Properties => _package.PackageProperties;

    /// <summary>The main document part's tree (root <c>w:document</c>).</summary>
    public PartTree Document() => Load(_main, WordName.Document);

    /// <summary>The tree of the first part of a relationship type (<c>styles</c>, <c>numbering</c>, <c>footnotes</c>, <c>endnotes</c>); null when there is none.</summary>
    public PartTree? Related(string relationshipType, WordName root) =>
        RelatedParts(_package, _main.Uri, _main.GetRelationships(), relationshipType).FirstOrDefault() is { } part ? Load(part, root) : null;

    /// <summary>The internal part a relationship id of the main part points to, with its relationship type's last segment (e.g. "header").</summary>
    public bool TryGetPart(string id, out PackagePart part, out string relationshipType)
    {
        part = null!;
        relationshipType = string.Empty;
        if (!_main.RelationshipExists(id))
        {
            return false;
        }

        var relationship = _main.GetRelationship(id);
        if (relationship.TargetMode != TargetMode.Internal)
        {
            return false;
        }

        var uri = PackUriHelper.ResolvePartUri(_main.Uri, relationship.TargetUri);
        if (!_package.PartExists(uri))
        {
            return false;
        }

        part = _package.GetPart(uri);
        relationshipType = TypeName(relationship.RelationshipType);
        return true;
    }

    /// <summary>Reads a part into a tree that lives as long as the package.</summary>
    public PartTree Load(PackagePart part, WordName root)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        var tree = PartTree.Load(stream, root, part.Uri.OriginalString);
        _trees.Add(tree);
        return tree;
    }

    public void Dispose()
    {
        foreach (var tree in _trees)
        {
            tree.Dispose();
        }

        _package.Close();
    }

    /// <summary>
    /// Follows every internal relationship from the package root down, as the SDK did when opening a package, so that a
    /// package it refused (a relationship to a missing part, one part related under two types) is refused here too.
    /// </summary>
    private static void CheckTargets(Package package, Uri source, PackageRelationshipCollection relationships, Dictionary<Uri, string> loaded)
    {
        foreach (var relationship in relationships)
        {
            if (relationship.TargetMode != TargetMode.Internal || relationship.RelationshipType == Transitional + "hyperlink"
                || relationship.TargetUri.OriginalString.Equals("NULL", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var uri = PackUriHelper.ResolvePartUri(source, relationship.TargetUri);
            if (loaded.TryGetValue(uri, out var type))
            {
                if (type != relationship.RelationshipType)
                {
                    throw new InvalidDataException($"the part {uri} is related under two types ({type}, {relationship.RelationshipType})");
                }

                continue;
            }

            // Throws InvalidOperationException when the part is missing, as the SDK's open did.
            var part = package.GetPart(uri);
            if (!IsMedia(relationship.RelationshipType))
            {
                loaded.Add(uri, relationship.RelationshipType);
                CheckTargets(package, uri, part.GetRelationships(), loaded);
            }
        }
    }

    /// <summary>Audio, video and media references: data parts the SDK shares between parts without following them.</summary>
    private static bool IsMedia(string relationshipType) => relationshipType is
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/audio"
        or "http://schemas.openxmlformats.org/officeDocument/2006/relationships/video"
        or "http://schemas.microsoft.com/office/2007/relationships/media";

    private static IEnumerable<PackagePart> RelatedParts(Package package, Uri source, PackageRelationshipCollection relationships, string type)
    {
        foreach (var relationship in relationships)
        {
            if (relationship.TargetMode == TargetMode.Internal && TypeName(relationship.RelationshipType) == type && IsOfficeType(relationship.RelationshipType))
            {
                var uri = PackUriHelper.ResolvePartUri(source, relationship.TargetUri);
                if (package.PartExists(uri))
                {
                    yield return package.GetPart(uri);
                }
            }
        }
    }

    private static bool IsOfficeType(string relationshipType) =>
        relationshipType.StartsWith(Transitional, StringComparison.Ordinal) || relationshipType.StartsWith(Strict, StringComparison.Ordinal);

    private static string TypeName(string relationshipType) =>
        IsOfficeType(relationshipType) ? relationshipType[(relationshipType.LastIndexOf('/') + 1)..] : string.Empty;
}
