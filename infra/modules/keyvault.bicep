param name string
param location string
param tags object

@description('Purge protection cannot be turned off once on; off by default so `azd down --purge` can remove the vault.')
param enablePurgeProtection bool

@secure()
@description('Secret name to value. A secret is written only when its value is non-empty, so a re-provision never overwrites a secret set with `az keyvault secret set`.')
param secrets object

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    // The API accepts only true or null here: false is refused.
    enablePurgeProtection: enablePurgeProtection ? true : null
    // The platforms' webhooks reach the app from the internet and the app has no VNet, so the vault stays public; RBAC guards it.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }

  resource secret 'secrets' = [
    for item in items(secrets): if (!empty(item.value)) {
      name: item.key
      properties: {
        value: item.value
      }
    }
  ]
}

output name string = vault.name
