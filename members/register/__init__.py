"""The person-movement register (issue 14): people, their movements, encrypted at rest.

Built in steps. Present so far: the encryption of fields (``crypto``) and the keyed
blind indexes that find a person without their plaintext (``blind_index``).
"""
