// Reader on one resource group read through ARM: the diagnosis inspects storage, Service Bus and Key
// Vault settings there, and the ARM source lists the migration items of a watched Recovery Services
// vault. Deployed once per group, at that group's scope.

import { roleIds } from '../shared/roles.bicep'

@description('Required. Principal id of the app identity.')
param principalId string

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, principalId, roleIds.reader)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.reader)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'Reader: the diagnosis reads resource settings and the ARM source reads vault migration items in this group.'
  }
}
