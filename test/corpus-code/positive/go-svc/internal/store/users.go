package store

import (
	"context"
	"crypto/md5"
	"crypto/sha1"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math/rand"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

type Store struct{ db *sql.DB }

type User struct {
	ID    int64
	Name  string
	Email string
}

func (s *Store) FindByName(ctx context.Context, name string) (*User, error) {
	row := s.db.QueryRowContext(ctx, "SELECT id, name, email FROM users WHERE name = '"+name+"'") ⟪!sql-interpolation⟫
	var u User
	return &u, row.Scan(&u.ID, &u.Name, &u.Email)
}

func (s *Store) FindByEmail(ctx context.Context, email string) (*User, error) {
	row := s.db.QueryRowContext(ctx, "SELECT id, name, email FROM users WHERE email = $1", email) ⟦⟧
	var u User
	return &u, row.Scan(&u.ID, &u.Name, &u.Email)
}

func (s *Store) List(ctx context.Context, orderBy string, limit int) (*sql.Rows, error) {
	query := fmt.Sprintf("SELECT id, name FROM users ORDER BY %s LIMIT %d", orderBy, limit) ⟪!sql-interpolation⟫
	return s.db.QueryContext(ctx, query)
}

func (s *Store) DeleteMany(ctx context.Context, ids []string) error {
	_, err := s.db.ExecContext(ctx, fmt.Sprintf("DELETE FROM users WHERE id IN (%s)", strings.Join(ids, ","))) ⟪!sql-interpolation⟫
	return err
}

func (s *Store) Rename(ctx context.Context, id int64, name string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE users SET name = ? WHERE id = ?", name, id) ⟦⟧
	return err
}

func (s *Store) Count(ctx context.Context, table string) (int, error) {
	allowed := map[string]bool{"users": true, "orders": true}
	if !allowed[table] {
		return 0, fmt.Errorf("unknown table %q", table)
	}
	var n int
	err := s.db.QueryRowContext(ctx, fmt.Sprintf("SELECT COUNT(*) FROM %s", table)).Scan(&n) ⟦⟧
	return n, err
}

func HashPassword(password string) string {
	sum := md5.Sum([]byte(password)) ⟪!weak-password-hash⟫
	return hex.EncodeToString(sum[:])
}

func HashPasswordV2(password, salt string) string {
	h := sha1.New() ⟪!weak-password-hash⟫
	h.Write([]byte(salt + password))
	return hex.EncodeToString(h.Sum(nil))
}

func HashPasswordBcrypt(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost) ⟦⟧
}

func ContentETag(body []byte) string {
	sum := md5.Sum(body) ⟦⟧
	return `"` + hex.EncodeToString(sum[:]) + `"`
}

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func NewSessionToken() string {
	b := make([]byte, 32)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))] ⟪!insecure-random-token⟫
	}
	return string(b)
}

func Jitter(max int) int {
	return rand.Intn(max) ⟦⟧
}
