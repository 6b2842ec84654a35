namespace Casavi.Sandbox.Http;

/// <summary>Turns problems raised by handlers (and Kestrel's body limits) into casavi error bodies.</summary>
internal sealed partial class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (CasaviProblem problem) when (!context.Response.HasStarted)
        {
            await CasaviResults.WriteErrorAsync(context, problem.StatusCode, problem.Message);
        }
        catch (BadHttpRequestException bad) when (!context.Response.HasStarted)
        {
            var message = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? BodyLimitMiddleware.Message
                : bad.Message;
            await CasaviResults.WriteErrorAsync(context, bad.StatusCode, message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; nobody is left to answer.
        }
        catch (Exception unexpected) when (!context.Response.HasStarted)
        {
            LogFailure(logger, unexpected, context.Request.Method, context.Request.Path);
            await CasaviResults.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "Internal server error");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sandbox request {Method} {Path} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, PathString path);
}
