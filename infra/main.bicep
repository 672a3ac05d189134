targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds the resource names.')
param environmentName string

@minLength(1)
@description('Region for every resource; it must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Principal id of the person running azd, granted data access for local debugging; empty for none.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal', 'Group'])
param principalType string = 'User'

@description('Application (client) id of the Entra ID app registration the console signs in with (app roles staff and operator); empty for no console sign-in.')
param consoleClientId string = ''

@allowed(['ServiceBus', 'StorageQueues'])
@description('Queue transport between the webhook receivers and the apply functions. StorageQueues deploys no Service Bus namespace.')
param transport string = 'ServiceBus'

@description('Service Bus duplicate detection window (ISO 8601); a re-sent webhook inside it is dropped by its event key.')
param duplicateDetectionHistoryTimeWindow string = 'PT10M'

@minValue(1)
@description('Deliveries before a message is dead-lettered; keep equal to host.json queues.maxDequeueCount.')
param maxDeliveryCount int = 5

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Purge protection keeps deleted secrets for the retention period even from `azd down --purge`; it cannot be turned off later.')
param enablePurgeProtection bool = false

@description('X-Series domain prefix: the {prefix} of https://{prefix}.retail.lightspeed.app.')
param xseriesDomainPrefix string = ''

// ALL-5: the runtime settings of a first deploy, by the names POS shows; resolved to ids at start (Sync:Seed).
@description('The POS register eCom orders are recorded on.')
param syncOnlineRegisterName string = ''

@description('Other outlets whose stock counts online, comma-separated.')
param syncConnectedOutletNames string = ''

@description('One register per other connected outlet, for its part of a split order, comma-separated.')
param syncOutletRegisterNames string = ''

@description('The POS user online sales are recorded as.')
param syncSaleUserName string = ''

@description('The store\'s 0 % tax.')
param syncNoTaxName string = 'No Tax'

@description('SKU of the POS product that records shipping charges (a product that does not track stock).')
param syncShippingProductSku string = ''

@description('Lightspeed eCom (Ecwid) store id.')
param ecomStoreId string = ''

// Platform secrets: written to Key Vault only when given, so they can equally be set later with `az keyvault secret set`.
@secure()
param xseriesClientSecret string = ''
@secure()
param xseriesPreviousClientSecret string = ''
@secure()
param xseriesAccessToken string = ''
@secure()
param ecomClientSecret string = ''
@secure()
param ecomAccessToken string = ''

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var useServiceBus = transport == 'ServiceBus'

var functionAppName = '${abbrs.webSitesFunctions}api-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(toLower(uniqueString(functionAppName, resourceToken)), 7)}'

func keyVaultReference(vaultName string, secretName string) string =>
  '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secretName})'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    deploymentContainerName: deploymentContainerName
    location: location
    tags: tags
  }
}

module serviceBus 'modules/servicebus.bicep' = if (useServiceBus) {
  name: 'serviceBus'
  scope: rg
  params: {
    name: '${abbrs.serviceBusNamespaces}${resourceToken}'
    duplicateDetectionHistoryTimeWindow: duplicateDetectionHistoryTimeWindow
    maxDeliveryCount: maxDeliveryCount
    location: location
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    enablePurgeProtection: enablePurgeProtection
    secrets: {
      'xseries-client-secret': xseriesClientSecret
      'xseries-previous-client-secret': xseriesPreviousClientSecret
      'xseries-access-token': xseriesAccessToken
      'ecom-client-secret': ecomClientSecret
      'ecom-access-token': ecomAccessToken
    }
    location: location
    tags: tags
  }
}

// With Service Bus, the storage-queue twins of the queue functions are switched off so they do not poll idle queues.
var serviceBusSettings = useServiceBus
  ? {
      ServiceBus__fullyQualifiedNamespace: serviceBus!.outputs.fullyQualifiedNamespace
      ServiceBus__credential: 'managedidentity'
      ServiceBus__clientId: identity.outputs.clientId
      'AzureWebJobs.ApplyInventory.Disabled': 'true'
      'AzureWebJobs.ApplyOrders.Disabled': 'true'
      'AzureWebJobs.ApplyStatus.Disabled': 'true'
      'AzureWebJobs.ParkInventoryPoison.Disabled': 'true'
      'AzureWebJobs.ParkOrdersPoison.Disabled': 'true'
      'AzureWebJobs.ParkStatusPoison.Disabled': 'true'
    }
  : {}

var vaultName = keyVault.outputs.name

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionApp'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    appSettings: union(serviceBusSettings, {
      Sync__Transport: transport
      Webhooks__MaxBodyBytes: '262144'
      XSeries__DomainPrefix: xseriesDomainPrefix
      Sync__Seed__OnlineRegisterName: syncOnlineRegisterName
      Sync__Seed__ConnectedOutletNames: syncConnectedOutletNames
      Sync__Seed__OutletRegisterNames: syncOutletRegisterNames
      Sync__Seed__SaleUserName: syncSaleUserName
      Sync__Seed__NoTaxName: syncNoTaxName
      Sync__Seed__ShippingProductSku: syncShippingProductSku
      XSeries__ClientSecret: keyVaultReference(vaultName, 'xseries-client-secret')
      XSeries__PreviousClientSecret: keyVaultReference(vaultName, 'xseries-previous-client-secret')
      XSeries__PersonalToken: keyVaultReference(vaultName, 'xseries-access-token')
      Ecom__StoreId: ecomStoreId
      Ecom__ClientSecret: keyVaultReference(vaultName, 'ecom-client-secret')
      Ecom__AccessToken: keyVaultReference(vaultName, 'ecom-access-token')
      RECONCILE_INVENTORY_SCHEDULE: '0 */15 * * * *'
      RECONCILE_ORDERS_SCHEDULE: '0 */5 * * * *'
      RECONCILE_STATUS_SCHEDULE: '0 */10 * * * *'
      HOUSEKEEPING_SCHEDULE: '0 30 3 * * *'
    })
    location: location
    tags: tags
  }
}

module consoleAuth 'modules/auth.bicep' = if (!empty(consoleClientId)) {
  name: 'consoleAuth'
  scope: rg
  params: {
    siteName: functionApp.outputs.name
    clientId: consoleClientId
    tenantId: tenant().tenantId
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    serviceBusNamespaceName: useServiceBus ? serviceBus!.outputs.name : ''
    identityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_URI string = functionApp.outputs.uri
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output SERVICE_BUS_NAMESPACE string = useServiceBus ? serviceBus!.outputs.name : ''
output STORAGE_ACCOUNT_NAME string = storage.outputs.name
output SYNC_TRANSPORT string = transport
