from micic_planner.cli import main

raise SystemExit(main())
