# raise SystemExit(0) ends the program successfully; finally blocks run.
def main():
    try:
        print("working")
        raise SystemExit(0)
    finally:
        print("cleanup")
main()
print("never printed")
