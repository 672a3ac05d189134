using System.Net;
using System.Net.Http.Headers;

namespace Sync.Platforms.XSeries.Auth;

/// <summary>Adds the bearer token; on a 401 renews it once and sends again.</summary>
internal sealed class XSeriesAuthHandler(IXSeriesAccessTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || await tokens.RenewAsync(token, cancellationToken) is not { } renewed)
        {
            return response;
        }
        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        return await base.SendAsync(request, cancellationToken);
    }
}
