print("helper_forbidden must never be executed")
