// Every role assignment of the deployment, least privilege, each at the narrowest scope that works.
param storageAccountName string
param keyVaultName string
param applicationInsightsName string

@description('Service Bus namespace name; empty when the transport is Storage Queues.')
param serviceBusNamespaceName string

@description('Principal id of the function app\'s user-assigned identity.')
param identityPrincipalId string

@description('Principal id of the person (or pipeline) running azd, for local debugging against the cloud; empty for none.')
param userPrincipalId string

@allowed(['User', 'ServicePrincipal', 'Group'])
param userPrincipalType string

var useServiceBus = !empty(serviceBusNamespaceName)
var grantUser = !empty(userPrincipalId)

// Built-in role definition ids
// The Functions host keeps its keys, timer schedule monitors and singleton leases in blobs, and the
// Flex Consumption platform reads the deployment package with this identity: the Functions docs
// name Storage Blob Data Owner for host storage, so the identity gets Owner (not Contributor).
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b' // Storage Blob Data Owner
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor
var serviceBusDataSender = '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39' // Azure Service Bus Data Sender
var serviceBusDataReceiver = '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0' // Azure Service Bus Data Receiver
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6' // Key Vault Secrets User
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7' // Key Vault Secrets Officer
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb' // Monitoring Metrics Publisher

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2024-01-01' existing = if (useServiceBus) {
  name: serviceBusNamespaceName
}

// The function app's identity

resource identityBlob 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identityPrincipalId, storageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource identityQueue 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identityPrincipalId, storageQueueDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataContributor)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource identityTable 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identityPrincipalId, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource identityServiceBusSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useServiceBus) {
  name: guid(serviceBus.id, identityPrincipalId, serviceBusDataSender)
  scope: serviceBus
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', serviceBusDataSender)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource identityServiceBusReceiver 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useServiceBus) {
  name: guid(serviceBus.id, identityPrincipalId, serviceBusDataReceiver)
  scope: serviceBus
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', serviceBusDataReceiver)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource identitySecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identityPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource identityTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identityPrincipalId, monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// The deploying user: enough to run the app locally against these resources and to set the platform secrets

resource userBlob 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grantUser) {
  name: guid(storage.id, userPrincipalId, storageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: userPrincipalId
    principalType: userPrincipalType
  }
}

resource userQueue 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grantUser) {
  name: guid(storage.id, userPrincipalId, storageQueueDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataContributor)
    principalId: userPrincipalId
    principalType: userPrincipalType
  }
}

resource userTable 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grantUser) {
  name: guid(storage.id, userPrincipalId, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: userPrincipalId
    principalType: userPrincipalType
  }
}

resource userServiceBusSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grantUser && useServiceBus) {
  name: guid(serviceBus.id, userPrincipalId, serviceBusDataSender)
  scope: serviceBus
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', serviceBusDataSender)
    principalId: userPrincipalId
    principalType: userPrincipalType
  }
}

resource userServiceBusReceiver 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grantUser && useServiceBus) {
  name: guid(serviceBus.id, userPrincipalId, serviceBusDataReceiver)
  scope: serviceBus
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', serviceBusDataReceiver)
    principalId: userPrincipalId
    principalType: userPrincipalType
  }
}

resource userSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grantUser) {
  name: guid(vault.id, userPrincipalId, keyVaultSecretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
    principalId: userPrincipalId
    principalType: userPrincipalType
  }
}
