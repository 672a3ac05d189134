param name string
param location string
param tags object

@description('How long Service Bus remembers a MessageId (the event key) to drop duplicates.')
param duplicateDetectionHistoryTimeWindow string

@description('Deliveries before a message is dead-lettered; matches host.json maxDequeueCount for the queue transport.')
param maxDeliveryCount int

// One queue per concern; the session id is the entity key, so one entity is applied in order.
var queueNames = [
  'inventory'
  'orders'
  'status'
]

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }

  resource queue 'queues' = [
    for queueName in queueNames: {
      name: queueName
      properties: {
        requiresSession: true
        requiresDuplicateDetection: true
        duplicateDetectionHistoryTimeWindow: duplicateDetectionHistoryTimeWindow
        maxDeliveryCount: maxDeliveryCount
        deadLetteringOnMessageExpiration: true
        lockDuration: 'PT1M'
        // Hints older than this are worthless: the reconcile timers repair whatever they would have.
        defaultMessageTimeToLive: 'P7D'
      }
    }
  ]
}

output name string = namespace.name
// serviceBusEndpoint is https://<name>.servicebus.windows.net:443/ in the public cloud; keep it cloud-neutral.
output fullyQualifiedNamespace string = split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), ':')[0]
