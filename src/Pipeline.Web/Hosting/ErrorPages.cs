using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Errors;
using Pipeline.Web.Pages;

namespace Pipeline.Web.Hosting;

/// <summary>
/// Turns a failure into a page (or a JSON error under /api) that says what happened, never a stack trace; the
/// details of an unexpected failure go to the server's standard error.
/// </summary>
internal sealed partial class ErrorPages(RequestDelegate next, ILogger<ErrorPages> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The browser went away; nobody is left to answer.
        }
        catch (PipelineException ex) when (!context.Response.HasStarted)
        {
            LogPipelineFailure(logger, context.Request.Path, ex.Message);
            await WriteAsync(context, "The index could not be read", ex.Message).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            LogUnexpectedFailure(logger, context.Request.Path, ex);
            await WriteAsync(context, "Something went wrong", "The request failed unexpectedly; the details are in the output of `pipeline serve`.").ConfigureAwait(false);
        }
    }

    /// <summary>An error answer with its status (and a Retry-After header when <paramref name="retryAfterSeconds"/> is given): a page, or a JSON error for the API.</summary>
    public static Task WriteAsync(HttpContext context, string heading, string message, int status = StatusCodes.Status500InternalServerError, string code = "internal", int? retryAfterSeconds = null)
    {
        context.Response.Clear();
        if (retryAfterSeconds is { } seconds)
        {
            Respond.RetryAfter(context, seconds);
        }

        return Respond.IsApi(context)
            ? Respond.JsonAsync(context, new ApiError(code, message).Document(), status)
            : Respond.HtmlAsync(context, Layout.Message(heading, $"<p>{Html.Encode(message)}</p>"), status);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path}: {Message}")]
    private static partial void LogPipelineFailure(ILogger logger, string path, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Path} failed")]
    private static partial void LogUnexpectedFailure(ILogger logger, string path, Exception exception);
}
