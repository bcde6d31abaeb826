// Alerts leave the app on the `alerts` topic; its `archive` subscription keeps a copy for audit and
// replay, and consumers outside the app add their own subscriptions. Appliances may send heartbeats to the `heartbeats` queue
// instead of HTTP. Local (SAS) auth is off; the app holds only the data roles it uses, each scoped
// to the one entity it uses it on.

import { tagsType } from '../shared/types.bicep'
import { roleIds } from '../shared/roles.bicep'

@description('Required. Name of the Service Bus namespace (6-50 characters).')
@minLength(6)
@maxLength(50)
param namespaceName string

@description('Required. Azure region of the namespace.')
param location string

@description('Required. Tags applied to the namespace.')
param tags tagsType

@description('Required. Principal id of the app identity.')
param principalId string

@description('Required. Principal ids of appliance service principals allowed to send to the heartbeats queue; may be empty.')
param heartbeatSenderPrincipalIds string[]

resource namespace 'Microsoft.ServiceBus/namespaces@2026-01-01' = {
  name: namespaceName
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
}

resource alerts 'Microsoft.ServiceBus/namespaces/topics@2026-01-01' = {
  parent: namespace
  name: 'alerts'
  properties: {
    defaultMessageTimeToLive: 'P14D'
    maxSizeInMegabytes: 1024
    // The publishing activity runs at least once; a repeated send carries the same message id
    // (alert id, status, last seen) and is dropped here. A day outlasts every retry and host restart.
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: 'P1D'
  }
}

// Nobody in the app reads the archive; operators browse it (peek) when reconstructing an incident.
resource archive 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2026-01-01' = {
  parent: alerts
  name: 'archive'
  properties: {
    lockDuration: 'PT1M'
    maxDeliveryCount: 10
    deadLetteringOnMessageExpiration: false
    defaultMessageTimeToLive: 'P14D'
  }
}

// A heartbeat older than a day says nothing about the appliance now; it expires rather than piles up.
resource heartbeats 'Microsoft.ServiceBus/namespaces/queues@2026-01-01' = {
  parent: namespace
  name: 'heartbeats'
  properties: {
    lockDuration: 'PT1M'
    maxDeliveryCount: 10
    deadLetteringOnMessageExpiration: false
    defaultMessageTimeToLive: 'P1D'
    maxSizeInMegabytes: 1024
  }
}

resource alertsSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(alerts.id, principalId, roleIds.azureServiceBusDataSender)
  scope: alerts
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.azureServiceBusDataSender)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'Azure Service Bus Data Sender: the publishing activity sends alerts to the alerts topic.'
  }
}

resource heartbeatsReceiver 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(heartbeats.id, principalId, roleIds.azureServiceBusDataReceiver)
  scope: heartbeats
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.azureServiceBusDataReceiver)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'Azure Service Bus Data Receiver: the timer-triggered drain reads the heartbeats queue.'
  }
}

resource heartbeatSenders 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for senderId in heartbeatSenderPrincipalIds: {
    name: guid(heartbeats.id, senderId, roleIds.azureServiceBusDataSender)
    scope: heartbeats
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.azureServiceBusDataSender)
      principalId: senderId
      principalType: 'ServicePrincipal'
      description: 'Azure Service Bus Data Sender: an appliance sends its heartbeats to the heartbeats queue.'
    }
  }
]

@description('Name of the namespace.')
output name string = namespace.name

@description('Host name of the namespace (<name>.servicebus.windows.net), for identity-based connections.')
output fullyQualifiedNamespace string = split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), ':')[0]
