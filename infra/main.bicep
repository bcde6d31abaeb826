// ReplOrchestrator in Azure: a Flex Consumption function app running the .NET isolated worker, with
// the Durable extension on identity-based Azure Storage, alerts on Service Bus, appliance keys in
// Key Vault, and telemetry in Application Insights. This file only names things and wires modules;
// each module owns one concern and the role assignments on its own resources.

targetScope = 'resourceGroup'

import { tagsType } from 'shared/types.bicep'

@description('Required. Short name of the environment (for example prod, test): part of every resource name and the `environment` tag. Lowercase letters and digits.')
@minLength(2)
@maxLength(10)
param environmentName string

@description('Optional. Azure region for every resource. Defaults to the resource group\'s region.')
param location string = resourceGroup().location

@description('Optional. Extra tags for every resource, merged over the standard application and environment tags.')
param tags tagsType = {}

@description('Optional. Durable task hub name, given to the app as REPL_TASKHUB_NAME (3-45 letters and digits, starting with a letter).')
@minLength(3)
@maxLength(45)
param taskHubName string = 'ReplOrchestrator'

@description('Optional. Memory of each function app instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Optional. Upper bound on function app instances; bounds cost under a heartbeat storm.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Optional. Always-ready instances for the Durable trigger group; 1 keeps timers on time when the app is idle, 0 saves the baseline cost.')
@minValue(0)
@maxValue(20)
param durableAlwaysReadyInstances int = 1

@description('Optional. Redundancy of the host storage account, which also holds the Durable task hub.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Optional. Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Optional. Resource groups the diagnosis may inspect (Reader is granted on each): names in this subscription, or full resource ids (/subscriptions/<id>/resourceGroups/<name>).')
param diagnosisResourceGroups string[] = []

@description('Optional. Resource ids of the Azure Migrate projects\' Recovery Services vaults to watch through ARM (/subscriptions/<id>/resourceGroups/<name>/providers/Microsoft.RecoveryServices/vaults/<vault>); Reader is granted on each vault\'s resource group. Empty: the ARM source is off.')
param armVaultIds string[] = []

@description('Optional. How often the ARM source lists each watched vault (a .NET TimeSpan; 00:01:00 to 01:00:00, under the appliance heartbeat timeout).')
param armPollInterval string = '00:05:00'

@description('Optional. Object ids of appliance service principals allowed to send heartbeats to the heartbeats queue.')
param heartbeatSenderPrincipalIds string[] = []

var abbrs = loadJsonContent('abbreviations.json')

// Names are lowercase; storage account names allow letters and digits only.
var env = toLower(environmentName)

// Stable per subscription, group and environment: redeploying keeps every name.
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, env))

var names = {
  identity: '${abbrs.managedIdentityUserAssignedIdentities}${env}-${resourceToken}'
  workspace: '${abbrs.operationalInsightsWorkspaces}${env}-${resourceToken}'
  appInsights: '${abbrs.insightsComponents}${env}-${resourceToken}'
  storage: take('${abbrs.storageStorageAccounts}${replace(env, '-', '')}${resourceToken}', 24)
  serviceBus: '${abbrs.serviceBusNamespaces}${env}-${resourceToken}'
  keyVault: take('${abbrs.keyVaultVaults}${env}-${resourceToken}', 24)
  plan: '${abbrs.webServerFarms}${env}-${resourceToken}'
  functionApp: '${abbrs.webSitesFunctions}${env}-${resourceToken}'
}

var allTags = union(
  {
    application: 'ReplOrchestrator'
    environment: env
  },
  tags
)

module identity 'modules/identity.bicep' = {
  name: '${deployment().name}-identity'
  params: {
    identityName: names.identity
    location: location
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: '${deployment().name}-monitoring'
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    tags: allTags
    retentionInDays: logRetentionInDays
    principalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: '${deployment().name}-storage'
  params: {
    storageAccountName: names.storage
    location: location
    tags: allTags
    skuName: storageSkuName
    deploymentContainerName: 'app-package'
    principalId: identity.outputs.principalId
  }
}

module serviceBus 'modules/serviceBus.bicep' = {
  name: '${deployment().name}-servicebus'
  params: {
    namespaceName: names.serviceBus
    location: location
    tags: allTags
    principalId: identity.outputs.principalId
    heartbeatSenderPrincipalIds: heartbeatSenderPrincipalIds
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: '${deployment().name}-keyvault'
  params: {
    vaultName: names.keyVault
    location: location
    tags: allTags
    principalId: identity.outputs.principalId
  }
}

// The groups read through ARM as full ids, lower case so a group named by the diagnosis and by a vault
// gets one assignment (role assignment names derive from the scope).
var diagnosisGroupIds = map(diagnosisResourceGroups, group => toLower(startsWith(group, '/') ? group : '/subscriptions/${subscription().subscriptionId}/resourceGroups/${group}'))
var vaultGroupIds = map(armVaultIds, vaultId => toLower(join(take(split(vaultId, '/'), 5), '/')))
var readerGroupIds = union(diagnosisGroupIds, vaultGroupIds)

// One deployment per watched group, at that group's scope (which may be in another subscription).
module diagnosisReaders 'modules/readerRole.bicep' = [
  for (group, i) in readerGroupIds: {
    name: take('${deployment().name}-reader-${i}', 64)
    scope: resourceGroup(split(group, '/')[2], split(group, '/')[4])
    params: {
      principalId: identity.outputs.principalId
    }
  }
]

// Depends on every module above through their outputs, so the app first starts with its roles in place.
module functionApp 'modules/functionApp.bicep' = {
  name: '${deployment().name}-functionapp'
  params: {
    planName: names.plan
    appName: names.functionApp
    location: location
    tags: allTags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    appInsightsName: monitoring.outputs.appInsightsName
    serviceBusFullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
    keyVaultUri: keyVault.outputs.uri
    taskHubName: taskHubName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    durableAlwaysReadyInstances: durableAlwaysReadyInstances
    armVaultIds: armVaultIds
    armPollInterval: armPollInterval
  }
}

@description('Name of the function app; infra/deploy.sh deploys the package to it.')
output functionAppName string = functionApp.outputs.name

@description('Default host name of the function app.')
output functionAppHostName string = functionApp.outputs.defaultHostName

@description('Name of the Key Vault where appliance keys are stored.')
output keyVaultName string = keyVault.outputs.name

@description('Name of the Service Bus namespace carrying alerts.')
output serviceBusNamespaceName string = serviceBus.outputs.name

@description('Name of the host storage account (Durable task hub).')
output storageAccountName string = storage.outputs.name
