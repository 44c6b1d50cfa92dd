"""mailduns: follows the invoices a freelancer sends and reminds clients politely until they pay."""

__version__ = "0.1.0"
