// The Flex Consumption plan and the function app. The worker is a .NET isolated-worker app (runtime
// `dotnet-isolated` 10.0); the Durable extension in the host is the engine. Every connection is identity-based through the user-assigned identity; the settings below
// are the whole collection, so a setting changed by hand is reset by the next deployment.

import { tagsType } from '../shared/types.bicep'

@description('Required. Name of the Flex Consumption plan.')
param planName string

@description('Required. Name of the function app (globally unique; it becomes <name>.azurewebsites.net).')
param appName string

@description('Required. Azure region of the plan and the app.')
param location string

@description('Required. Tags applied to the plan and the app.')
param tags tagsType

@description('Required. Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Required. Client id of that identity, for identity-based connections.')
param identityClientId string

@description('Required. Blob endpoint of the host storage account (ends with a slash).')
param storageBlobEndpoint string

@description('Required. Queue endpoint of the host storage account.')
param storageQueueEndpoint string

@description('Required. Table endpoint of the host storage account.')
param storageTableEndpoint string

@description('Required. Blob container the app package is deployed to.')
param deploymentContainerName string

@description('Required. Name of the Application Insights component (its connection string is read here, never passed around).')
param appInsightsName string

@description('Required. Host name of the Service Bus namespace.')
param serviceBusFullyQualifiedNamespace string

@description('Required. URI of the Key Vault holding appliance keys.')
param keyVaultUri string

@description('Required. Durable task hub name (3-45 letters and digits, starting with a letter).')
@minLength(3)
@maxLength(45)
param taskHubName string

@description('Required. Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Required. Upper bound on instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Required. Instances kept warm for the Durable trigger group (0 lets it scale to zero).')
@minValue(0)
@maxValue(20)
param durableAlwaysReadyInstances int

@description('Required. Resource ids of the Recovery Services vaults the ARM source watches (empty: off).')
param armVaultIds string[]

@description('Required. How often each watched vault is listed (a .NET TimeSpan, 00:01:00 to 01:00:00).')
param armPollInterval string

// Every Durable trigger scales in the one `durable` group; a warm instance keeps timers and
// orchestration queues polled while the app is otherwise idle.
var alwaysReady = durableAlwaysReadyInstances > 0 ? [{ name: 'durable', instanceCount: durableAlwaysReadyInstances }] : []

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        alwaysReady: alwaysReady
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // Host storage and the Durable Azure Storage backend: all three services, through the identity.
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        {
          name: 'AzureWebJobsStorage__blobServiceUri'
          value: storageBlobEndpoint
        }
        {
          name: 'AzureWebJobsStorage__queueServiceUri'
          value: storageQueueEndpoint
        }
        {
          name: 'AzureWebJobsStorage__tableServiceUri'
          value: storageTableEndpoint
        }
        // The app's Service Bus client (alerts topic, heartbeats queue) reads the namespace from here.
        {
          name: 'ServiceBusConnection__fullyQualifiedNamespace'
          value: serviceBusFullyQualifiedNamespace
        }
        {
          name: 'ServiceBusConnection__credential'
          value: 'managedidentity'
        }
        {
          name: 'ServiceBusConnection__clientId'
          value: identityClientId
        }
        // The app's own Azure SDK clients (Service Bus, Key Vault, ARM) run as the identity AZURE_CLIENT_ID names.
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        {
          name: 'Repl__KeyVault__Uri'
          value: keyVaultUri
        }
        // The Durable task hub name, for host.json's hubName as %REPL_TASKHUB_NAME%.
        {
          name: 'REPL_TASKHUB_NAME'
          value: taskHubName
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identityClientId};Authorization=AAD'
        }
        // The ARM source: the vaults it watches (one setting, comma-separated) and how often.
        {
          name: 'Repl__Arm__VaultIds'
          value: join(armVaultIds, ',')
        }
        {
          name: 'Repl__Arm__PollInterval'
          value: armPollInterval
        }
      ]
    }
  }
}

// Deployments go through Entra (the CLI's Flex publish sends a bearer token), so the SCM site's basic
// credentials are off. Flex Consumption has no FTP endpoint to close.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Name of the function app.')
output name string = app.name

@description('Default host name of the function app (<name>.azurewebsites.net).')
output defaultHostName string = app.properties.defaultHostName
