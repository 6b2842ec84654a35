namespace Casavi.Sandbox.Http;

/// <summary>Turns problems raised by handlers (and Kestrel's body limits) into casavi error bodies.</summary>
internal sealed class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> logger)
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
                ? "The request body is larger than 15 MB"
                : bad.Message;
            await CasaviResults.WriteErrorAsync(context, bad.StatusCode, message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; nobody is left to answer.
        }
        catch (Exception unexpected) when (!context.Response.HasStarted)
        {
            logger.LogError(unexpected, "Sandbox request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            await CasaviResults.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "Internal server error");
        }
    }
}
