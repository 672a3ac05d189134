param name string
param location string
param tags object

@description('Blob container the Flex Consumption app is deployed from.')
param deploymentContainerName string

var containers = [
  deploymentContainerName
  'payloads' // oversize webhook bodies (claim-check)
]

var queueNames = [
  'inventory'
  'orders'
  'status'
  'inventory-poison'
  'orders-poison'
  'status-poison'
]

var tableNames = [
  'SyncEvents'
  'SyncAudit'
  'SyncParked'
  'SyncAttempts'
  'SyncLinks'
  'SyncInventory'
  'SyncStatus'
  'SyncSettings'
  'SyncNotifications'
  'SyncNotificationReads'
  'SyncTokens'
  'SyncReports'
  'SyncOrderLeases'
  'SyncCustomers'
  'SyncWatermarks'
]

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    dnsEndpointType: 'Standard'
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }

  resource blobService 'blobServices' = {
    name: 'default'

    resource container 'containers' = [
      for containerName in containers: {
        name: containerName
        properties: {
          publicAccess: 'None'
        }
      }
    ]
  }

  resource queueService 'queueServices' = {
    name: 'default'

    resource queue 'queues' = [
      for queueName in queueNames: {
        name: queueName
      }
    ]
  }

  resource tableService 'tableServices' = {
    name: 'default'

    resource table 'tables' = [
      for tableName in tableNames: {
        name: tableName
      }
    ]
  }
}

output name string = storage.name
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
