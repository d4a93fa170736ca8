module github.com/acme/ledger

go 1.22

require (
	github.com/jackc/pgx/v5 v5.6.0
	golang.org/x/crypto v0.0.0-20240716161551-⟦{{hex:12}}⟧ // indirect ⟦⟧
	golang.org/x/exp v0.0.0-20240719175910-⟦{{hex:12}}⟧ ⟦⟧
)
