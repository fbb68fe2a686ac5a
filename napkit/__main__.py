from napkit.cli import main

main()
