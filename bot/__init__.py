"""season2bot: answers "will there be a season 2?" on Discord."""

__version__ = "0.1.0"
