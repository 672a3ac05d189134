using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Sync.Functions;

/// <summary>RFC 9457 problem details for every error answer, worded for the merchant.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static ObjectResult Of(int status, string title, string detail) =>
        Result(new ProblemDetails { Status = status, Title = title, Detail = detail });

    public static ObjectResult Invalid(string detail, IDictionary<string, string[]> errors) =>
        Result(new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The settings were not saved",
            Detail = detail,
        });

    public static ObjectResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, "Not found", detail);

    public static ObjectResult BadRequest(string detail) => Of(StatusCodes.Status400BadRequest, "The request cannot be used", detail);

    public static ObjectResult Unauthorized(string detail) => Of(StatusCodes.Status401Unauthorized, "Not authorized", detail);

    public static ObjectResult TooLarge(int maxBytes) =>
        Of(StatusCodes.Status413PayloadTooLarge, "Too large", $"The body is larger than the {maxBytes} bytes accepted here.");

    private static ObjectResult Result(ProblemDetails problem) =>
        new(problem) { StatusCode = problem.Status, ContentTypes = { ContentType } };
}
