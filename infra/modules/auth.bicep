// The console's sign-in: App Service built-in authentication with Microsoft Entra ID. No secret: the sign-in asks
// Entra ID for an ID token only (enable ID tokens on the app registration), which carries the app roles staff and
// operator. Anonymous requests still reach the app, which is what webhooks (signed) and automation (function keys)
// need; the console's endpoints refuse anyone the platform has not signed in (ALL-6) and the page sends them here.
param siteName string
param clientId string
param tenantId string

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: siteName
}

resource auth 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: clientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            'api://${clientId}'
            clientId
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: true
      }
    }
  }
}
