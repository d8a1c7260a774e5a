"""Edit forms: layout and value conversion only; saving is the editor's and the services' job."""
