"""Ponte's Qt user interface: a thin layer over ``app``."""
