using System.Diagnostics;

namespace Pipeline.DemoCorpus.Rendering;

/// <summary>
/// Word → PDF with LibreOffice, which gives PDFs as a Word user's "Save as PDF" would (fonts embedded, real text layer).
/// A private profile folder keeps it from touching or waiting on a user's LibreOffice.
/// </summary>
internal static class PdfConverter
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static void Convert(IReadOnlyList<string> docxFiles, string outputFolder, string profileFolder)
    {
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in (string[])[$"-env:UserInstallation=file://{profileFolder}", "--headless", "--convert-to", "pdf", "--outdir", outputFolder])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var file in docxFiles)
        {
            start.ArgumentList.Add(file);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("LibreOffice (soffice) is needed to make the PDF replies; install libreoffice-writer-nogui, or pass --skip-pdf to keep the committed PDFs", ex);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not finish within {Limit.TotalMinutes} minutes");
            }

            var missing = docxFiles.Select(f => Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(f) + ".pdf")).Where(f => !File.Exists(f)).ToList();
            if (process.ExitCode != 0 || missing.Count > 0)
            {
                throw new InvalidOperationException($"soffice exited with {process.ExitCode}; missing: {string.Join(", ", missing)}; {stderr.Result}");
            }
        }
    }
}
