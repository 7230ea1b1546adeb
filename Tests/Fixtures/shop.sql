CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL, parent_category_id INTEGER REFERENCES categories(id));
CREATE TABLE suppliers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT);
CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, category_id INTEGER NOT NULL REFERENCES categories(id), supplier_id INTEGER REFERENCES suppliers(id), price NUMERIC(10,2));
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, signup_date DATE);
CREATE TABLE employees (id INTEGER PRIMARY KEY, name TEXT NOT NULL, hired DATE, manager_id INTEGER REFERENCES employees(id));
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), employee_id INTEGER REFERENCES employees(id), order_date DATE NOT NULL, status TEXT);
CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), product_id INTEGER NOT NULL REFERENCES products(id), quantity INTEGER NOT NULL, unit_price NUMERIC(10,2));
CREATE TABLE payments (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), amount NUMERIC(10,2), paid_at DATE, method TEXT);
CREATE TABLE reviews (id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES products(id), customer_id INTEGER NOT NULL REFERENCES customers(id), rating INTEGER, review_date DATE);
