"""The network atlas: the picture of me, my networks and people, with the lists beside it."""
