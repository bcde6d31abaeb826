// Appliance keys and, later, receiver secrets. RBAC only (no access policies); soft delete and purge
// protection keep a deleted secret recoverable. The app may read secrets, never write them.

import { tagsType } from '../shared/types.bicep'
import { roleIds } from '../shared/roles.bicep'

@description('Required. Name of the vault (3-24 letters, digits and hyphens; globally unique).')
@minLength(3)
@maxLength(24)
param vaultName string

@description('Required. Azure region of the vault.')
param location string

@description('Required. Tags applied to the vault.')
param tags tagsType

@description('Required. Principal id of the app identity.')
param principalId string

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: vaultName
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
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, roleIds.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.keyVaultSecretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'Key Vault Secrets User: the app reads appliance keys and receiver secrets.'
  }
}

@description('Name of the vault.')
output name string = vault.name

@description('Vault URI (https://<name>.vault.azure.net/).')
output uri string = vault.properties.vaultUri
