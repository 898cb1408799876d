VALUE = "helper found"
