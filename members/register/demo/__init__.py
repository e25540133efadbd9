"""The demo register: fictional people of every active demo agency, with their movements.

``load_demo_register`` is a stage of ``manage.py load_demo_content`` (development
only). ``data`` holds each agency's caseload plan and the fixed texts, ``histories``
draws what happened to each person, ``people`` who they are, and ``loader`` records
them through the register's services.
"""

from members.register.demo.loader import DUPLICATE_TRY, load_demo_register

__all__ = ["DUPLICATE_TRY", "load_demo_register"]
