// Types shared by main.bicep and the modules (compile-time imports; nothing here is deployed).

@export()
@description('Tags applied to every resource: string values only, as Azure requires.')
type tagsType = {
  *: string
}
