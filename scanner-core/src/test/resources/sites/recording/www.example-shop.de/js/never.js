// answered after the page timeout
