// Log Analytics and workspace-based Application Insights with local (key) authentication off:
// telemetry is accepted only from Entra identities holding Monitoring Metrics Publisher.

import { tagsType } from '../shared/types.bicep'
import { roleIds } from '../shared/roles.bicep'

@description('Required. Name of the Log Analytics workspace.')
param workspaceName string

@description('Required. Name of the Application Insights component.')
param appInsightsName string

@description('Required. Azure region of both resources.')
param location string

@description('Required. Tags applied to both resources.')
param tags tagsType

@description('Required. Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Required. Principal id of the app identity that publishes telemetry.')
param principalId string

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      disableLocalAuth: true
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: true
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, principalId, roleIds.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.monitoringMetricsPublisher)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'Monitoring Metrics Publisher: the app sends telemetry with Entra auth (local auth is off).'
  }
}

@description('Name of the Application Insights component; the app reads its connection string by name.')
output appInsightsName string = appInsights.name
