namespace Sync.Platforms.Http;

internal sealed class CallMeteringHandler(ApiCallMeter meter, string platform) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var endpoint = ApiEndpoint.Of(request);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            meter.Record(platform, endpoint, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return response;
        }
        catch (Exception)
        {
            meter.Record(platform, endpoint, "error");
            throw;
        }
    }
}
